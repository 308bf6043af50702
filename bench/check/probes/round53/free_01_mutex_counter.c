/* TRUTH: free — every access to counter in threads is under mutex m; main reads only after joining all threads */
#include <pthread.h>
extern void abort(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_01_mutex_counter.c", 5, "reach_error"); }
#define N 4
int counter = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *worker(void *arg) {
  pthread_mutex_lock(&m);
  counter++;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, NULL);
  for (i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  if (counter != N) reach_error();
  return 0;
}
