/* TRUTH: racy. every thread created in the loop gets 3 and writes data[3] */
#include <pthread.h>
int data[10];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t th[4];
  int i;
  for (i = 0; i < 4; i++)
    pthread_create(&th[i], 0, t, (void *)3L);
  for (i = 0; i < 4; i++)
    pthread_join(th[i], 0);
  return 0;
}
