/* TRUTH: racy — worker i writes cells[i] and cells[i+1], so worker 0 and worker 1 both write cells[1] concurrently */
#include <pthread.h>
#define W 4
static int cells[W + 1];
static void *job(void *p) { int i = (int)(long)p; cells[i] = 1; cells[i + 1] = 2; return 0; }
int main(void) {
  pthread_t t[W];
  for (int i = 0; i < W; i++) pthread_create(&t[i], 0, job, (void *)(long)i);
  for (int i = 0; i < W; i++) pthread_join(t[i], 0);
  return cells[2];
}
