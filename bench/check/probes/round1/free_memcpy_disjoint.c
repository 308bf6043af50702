/* TRUTH: free. The worker memcpy's 4 bytes into buf[0..3]; main writes buf[8]: disjoint. */
#include <pthread.h>
#include <string.h>
char buf[16];
void *worker(void *arg) { memcpy(buf, "abcd", 4); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  buf[8] = 'x';
  pthread_join(t, NULL);
  return buf[0];
}
