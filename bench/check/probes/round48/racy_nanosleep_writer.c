/* TRUTH: racy — the writer delays with nanosleep, which orders nothing; its write overlaps the reader's read */
#include <pthread.h>
#include <time.h>
int x; int out;
void *w(void *a) { struct timespec ts = { 0, 1000000 }; nanosleep(&ts, 0); x = 3; return 0; }
void *r(void *a) { out = x; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, r, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return out;
}
