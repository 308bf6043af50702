/* TRUTH: free — classic first readers-writers: readcount under rc_mutex, db guarded by semaphore wrt (held by writer or by the reader group) */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_24_readers_writers_sem.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
sem_t wrt;
pthread_mutex_t rc_mutex = PTHREAD_MUTEX_INITIALIZER;
int readcount;
int db;

void *reader(void *arg) {
  pthread_mutex_lock(&rc_mutex);
  readcount++;
  if (readcount == 1) sem_wait(&wrt);
  pthread_mutex_unlock(&rc_mutex);
  int v = db;
  if (v < 0) reach_error();
  pthread_mutex_lock(&rc_mutex);
  readcount--;
  if (readcount == 0) sem_post(&wrt);
  pthread_mutex_unlock(&rc_mutex);
  return NULL;
}

void *writer(void *arg) {
  sem_wait(&wrt);
  db = db + 1;
  sem_post(&wrt);
  return NULL;
}

int main(void) {
  pthread_t r1, r2, w1, w2;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&w1, NULL, writer, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_create(&w2, NULL, writer, NULL);
  pthread_join(r1, NULL); pthread_join(r2, NULL);
  pthread_join(w1, NULL); pthread_join(w2, NULL);
  return 0;
}
