/* TRUTH: free — turn and ball are only accessed while holding m; threads alternate via a condition variable */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int turn;
int ball;

void *player(void *arg)
{
  int me = (int)(long)arg;
  for (int r = 0; r < 3; r++) {
    pthread_mutex_lock(&m);
    while (turn != me)
      pthread_cond_wait(&c, &m);
    ball++;
    turn = 1 - me;
    pthread_cond_broadcast(&c);
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, player, (void *)0L);
  pthread_create(&b, 0, player, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return ball != 6;
}
