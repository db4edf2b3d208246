// The social media guidelines and the training quiz: reading and accepting
// them, answering the quiz, and (admins) publishing both.
import { get, post, request } from './client.js';

export const fetchGuidelines = () => get('/guidelines');
export const publishGuidelines = (body) => request('PUT', '/guidelines', body);
export const acknowledgeGuidelines = (version) => post('/guidelines/acknowledge', { version });

export const fetchQuiz = () => get('/guidelines/quiz');
export const fetchQuizAnswers = () => get('/guidelines/quiz/answers');
export const saveQuiz = (quiz) => request('PUT', '/guidelines/quiz', quiz);
export const attemptQuiz = (answers) => post('/guidelines/quiz/attempts', { answers });
