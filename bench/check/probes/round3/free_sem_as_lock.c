/* TRUTH: free. Binary semaphore (initial 1) used as a lock around g++. */
#include <pthread.h>
#include <semaphore.h>
static int g;
static sem_t s;
static void *w(void *v) { (void)v; sem_wait(&s); g++; sem_post(&s); return NULL; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s, 0, 1);
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
