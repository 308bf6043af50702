/* TRUTH: free — main waits twice, so both posts (including writer's) happen before the read */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int data;
void *wr(void *a) { data = 7; sem_post(&s); return 0; }
void *idle(void *a) { sem_post(&s); return 0; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s, 0, 0);
  pthread_create(&t1, 0, wr, 0);
  pthread_create(&t2, 0, idle, 0);
  sem_wait(&s); sem_wait(&s);
  int v = data;
  pthread_join(t1, 0); pthread_join(t2, 0);
  return v;
}
