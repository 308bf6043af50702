/* TRUTH: free — semaphore init 0: main's sem_wait returns only after worker's post, which follows data write */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int data;
void *w(void *a) { data = 7; sem_post(&s); return 0; }
int main(void) {
  pthread_t t;
  sem_init(&s, 0, 0);
  pthread_create(&t, 0, w, 0);
  sem_wait(&s);
  int v = data;
  pthread_join(t, 0);
  return v;
}
