/* TRUTH: free — worker i writes only part[i]; main sums part[] after joining all workers */
#include <pthread.h>
#define W 6
static long part[W];
static void *job(void *p) { long i = (long)p; part[i] = i * 100; return 0; }
int main(void) {
  pthread_t t[W]; long s = 0;
  for (long i = 0; i < W; i++) pthread_create(&t[i], 0, job, (void *)i);
  for (int i = 0; i < W; i++) pthread_join(t[i], 0);
  for (int i = 0; i < W; i++) s += part[i];
  return s != 1500;
}
