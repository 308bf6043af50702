/* TRUTH: racy — the worker posts the semaphore and only then writes result, so main's read after sem_wait races */
#include <pthread.h>
#include <semaphore.h>
int result;
sem_t done;
void *w(void *x){ sem_post(&done); result = 99; return 0; }
int main(void){
  sem_init(&done,0,0);
  pthread_t t;
  pthread_create(&t,0,w,0);
  sem_wait(&done);
  int r = result;
  pthread_join(t,0);
  return r;
}
