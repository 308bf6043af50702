/* TRUTH: free — handles kept in struct fields: main joins job.tid before writing `result`, and the worker's write is before its end. */
#include <pthread.h>
struct job {
  pthread_t tid;
  int id;
} job;
int result;
static void *w(void *p) { (void)p; result = 7; return 0; }
int main(void) {
  pthread_create(&job.tid, 0, w, 0);
  pthread_join(job.tid, 0);
  result = result + 1;
  return 0;
}
