/* TRUTH: free — binary semaphore (init 1) used as a lock around balance updates */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
sem_t s; long balance;
static void *dep(void *x) { for (int i = 0; i < 1000; i++) { sem_wait(&s); balance += 1; sem_post(&s); } return 0; }
int main(void) {
  pthread_t t[3];
  sem_init(&s, 0, 1);
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, dep, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  printf("%ld\n", balance);
  return 0;
}
