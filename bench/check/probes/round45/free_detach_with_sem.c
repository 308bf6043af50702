/* TRUTH: free — detached thread writes result then sem_post; main sem_wait's before reading result */
#include <pthread.h>
#include <semaphore.h>
int result;
sem_t done;
void *w(void *x){ result = 99; sem_post(&done); return 0; }
int main(void){
  sem_init(&done,0,0);
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_detach(t);
  sem_wait(&done);
  return result;
}
