/* TRUTH: free — two semaphores force strict alternation (ping waits a, posts b; pong waits b, posts a), ordering every access to 'ball' */
#include <pthread.h>
#include <semaphore.h>

sem_t sa, sb;
int ball;

void *ping(void *arg) {
  for (int i = 0; i < 3; i++) {
    sem_wait(&sa);
    ball = ball + 1;
    sem_post(&sb);
  }
  return 0;
}

void *pong(void *arg) {
  for (int i = 0; i < 3; i++) {
    sem_wait(&sb);
    ball = ball * 2;
    sem_post(&sa);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  sem_init(&sa, 0, 1);
  sem_init(&sb, 0, 0);
  pthread_create(&a, 0, ping, 0);
  pthread_create(&b, 0, pong, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return ball;
}
