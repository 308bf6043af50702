/* TRUTH: racy. The worker memcpy's 8 bytes into buf+4 (bytes 4..11); main writes
   buf[10] concurrently. */
#include <pthread.h>
#include <string.h>
char buf[16];
const char src[8] = "ABCDEFG";
void *worker(void *arg) { memcpy(buf + 4, src, 8); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  buf[10] = 'z';
  pthread_join(t, NULL);
  return buf[10];
}
