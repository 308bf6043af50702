/* TRUTH: racy — readers-writers where readcount++/-- is done without rc_mutex, so two readers race on readcount */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_32_readcount_unlocked.c", 5, "reach_error"); }
sem_t wrt;
int readcount;
int db;

void *reader(void *arg) {
  readcount++;
  if (readcount == 1) sem_wait(&wrt);
  int v = db;
  readcount--;
  if (readcount == 0) sem_post(&wrt);
  if (v < 0) reach_error();
  return NULL;
}

void *writer(void *arg) {
  sem_wait(&wrt);
  db++;
  sem_post(&wrt);
  return NULL;
}

int main(void) {
  pthread_t r1, r2, w;
  sem_init(&wrt, 0, 1);
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
  return 0;
}
