/* TRUTH: free — a binary semaphore (init 1) brackets every access to total; sem_post/sem_wait give happens-before */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int total;

void *add(void *arg)
{
  for (int i = 0; i < 3; i++) {
    sem_wait(&s);
    total += (int)(long)arg;
    sem_post(&s);
  }
  return 0;
}

int main(void)
{
  pthread_t a, b;
  sem_init(&s, 0, 1);
  pthread_create(&a, 0, add, (void *)1L);
  pthread_create(&b, 0, add, (void *)2L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total != 9;
}
