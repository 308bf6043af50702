/* TRUTH: free — writer stores data before sem_post; reader reads only after sem_wait, so post->wait orders them */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_08_sem_handoff.c", 5, "reach_error"); }
int data;
sem_t ready;

void *writer(void *arg) {
  data = 42;
  sem_post(&ready);
  return NULL;
}

void *reader(void *arg) {
  sem_wait(&ready);
  if (data != 42) reach_error();
  return NULL;
}

int main(void) {
  pthread_t w, r;
  sem_init(&ready, 0, 0);
  pthread_create(&r, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(w, NULL);
  pthread_join(r, NULL);
  sem_destroy(&ready);
  return 0;
}
