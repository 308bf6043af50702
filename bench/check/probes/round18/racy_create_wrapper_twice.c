/* TRUTH: racy. spawn() is called twice; both threads get 3 and write data[3] */
#include <pthread.h>
int data[10];
pthread_t th[2];
int n;
void *t(void *arg) { data[(long)arg] = 1; return 0; }
void spawn(void) { pthread_create(&th[n], 0, t, (void *)3L); n++; }
int main(void) {
  spawn();
  spawn();
  pthread_join(th[0], 0);
  pthread_join(th[1], 0);
  return 0;
}
