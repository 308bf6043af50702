/* TRUTH: racy. Producer posts twice; two consumers each wait once and then both write data. */
#include <pthread.h>
#include <semaphore.h>
static int data;
static sem_t s;
static void *prod(void *v) { (void)v; data = 1; sem_post(&s); sem_post(&s); return NULL; }
static void *cons(void *v) { sem_wait(&s); data += (int)(long)v; return NULL; }
int main(void) {
  pthread_t t0, t1, t2;
  sem_init(&s, 0, 0);
  pthread_create(&t0, NULL, prod, NULL);
  pthread_create(&t1, NULL, cons, (void *)1);
  pthread_create(&t2, NULL, cons, (void *)2);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return data;
}
