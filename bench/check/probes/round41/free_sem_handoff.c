/* TRUTH: free — worker writes buf (line 6) then sem_post; main sem_waits before reading buf (line 9): sem_post/sem_wait order them. */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int buf;
void *w(void *a) {
  buf = 99; sem_post(&s); return 0; }
int main(void) { pthread_t t; sem_init(&s, 0, 0);
  pthread_create(&t, 0, w, 0);
  sem_wait(&s); int v = buf;
  pthread_join(t, 0); return v; }
