/* TRUTH: free. Producer writes data then posts (initial 0); consumer waits then reads. */
#include <pthread.h>
#include <semaphore.h>
static int data;
static sem_t s;
static void *prod(void *v) { (void)v; data = 7; sem_post(&s); return NULL; }
static void *cons(void *v) { (void)v; sem_wait(&s); return (void *)(long)data; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s, 0, 0);
  pthread_create(&t1, NULL, prod, NULL);
  pthread_create(&t2, NULL, cons, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return data;
}
