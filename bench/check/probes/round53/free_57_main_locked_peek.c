/* TRUTH: free — main peeks at progress while workers run, but both sides hold pm */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_57_main_locked_peek.c", 4, "reach_error"); }
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
int progress;

void *job(void *arg) {
  for (int i = 0; i < 5; i++) {
    pthread_mutex_lock(&pm);
    progress++;
    pthread_mutex_unlock(&pm);
  }
  return 0;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, job, 0);
  pthread_mutex_lock(&pm);
  int p = progress;
  pthread_mutex_unlock(&pm);
  if (p > 10) reach_error();
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (progress != 10) reach_error();
  return 0;
}
