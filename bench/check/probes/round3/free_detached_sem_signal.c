/* TRUTH: free. Detached thread writes g then posts s; main waits on s before writing g. */
#include <pthread.h>
#include <semaphore.h>
static int g;
static sem_t s;
static void *w(void *v) { (void)v; g = 1; sem_post(&s); return NULL; }
int main(void) {
  pthread_t t;
  sem_init(&s, 0, 0);
  pthread_create(&t, NULL, w, NULL);
  pthread_detach(t);
  sem_wait(&s);
  g = 2;
  return g;
}
