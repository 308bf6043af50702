// free: stage1 writes a then posts s1; stage2 waits s1, reads a, writes b, posts s2; main waits s2 then reads b.
#include <pthread.h>
#include <semaphore.h>
sem_t s1, s2;
int a, b;
void *stage1(void *x) { a = 10; sem_post(&s1); return 0; }
void *stage2(void *x) { sem_wait(&s1); b = a * 2; sem_post(&s2); return 0; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s1, 0, 0);
  sem_init(&s2, 0, 0);
  pthread_create(&t2, 0, stage2, 0);
  pthread_create(&t1, 0, stage1, 0);
  sem_wait(&s2);
  int r = b;
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return r;
}
