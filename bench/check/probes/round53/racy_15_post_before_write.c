/* TRUTH: racy — writer posts the semaphore before storing data, so reader's read after sem_wait is unordered with the write */
#include <pthread.h>
#include <semaphore.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_15_post_before_write.c", 5, "reach_error"); }
int data;
sem_t ready;

void *writer(void *arg) {
  sem_post(&ready);
  data = 42;
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
  return 0;
}
