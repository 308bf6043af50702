/* TRUTH: free — semaphore starts at 0 and is never posted, so the thread never passes sem_wait to write g */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
sem_t s; int g;
void *t(void *a) { sem_wait(&s); g = 1; return 0; }
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  g = 2;
  printf("%d\n", g); return 0;
}
