/* TRUTH: racy. the goto leaves both loops before the joins; x = 2 at out runs while the threads run */
#include <pthread.h>
int x;
void *t(void *a) { return (void *)(long)x; }
int main(int argc, char **argv) {
  pthread_t th[4];
  int i, j;
  for (i = 0; i < 2; i++)
    for (j = 0; j < 2; j++) {
      pthread_create(&th[i * 2 + j], 0, t, 0);
      if (i == 1 && j == 1)
        goto out;
    }
  for (i = 0; i < 4; i++)
    pthread_join(th[i], 0);
  return 0;
out:
  x = 2;
  for (i = 0; i < 4; i++)
    pthread_join(th[i], 0);
  return 0;
}
