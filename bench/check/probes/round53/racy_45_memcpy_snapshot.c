/* TRUTH: racy — snapshot thread memcpy's the frame without the lock while the updater writes frame under the lock */
#include <pthread.h>
#include <string.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_45_memcpy_snapshot.c", 5, "reach_error"); }
pthread_mutex_t fm = PTHREAD_MUTEX_INITIALIZER;
int frame[8];

void *updater(void *arg) {
  pthread_mutex_lock(&fm);
  for (int i = 0; i < 8; i++) frame[i] = i;
  pthread_mutex_unlock(&fm);
  return NULL;
}

void *snapshot(void *arg) {
  int copy[8];
  memcpy(copy, frame, sizeof copy);
  if (copy[0] != 0) reach_error();
  return NULL;
}

int main(void) {
  pthread_t u, s;
  pthread_create(&u, NULL, updater, NULL);
  pthread_create(&s, NULL, snapshot, NULL);
  pthread_join(u, NULL);
  pthread_join(s, NULL);
  return 0;
}
