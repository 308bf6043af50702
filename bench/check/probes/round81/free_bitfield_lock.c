/* TRUTH: free — a and b are separated by a non-bit-field member c, so distinct memory locations */
#include <pthread.h>
struct F { unsigned a : 4; char c; unsigned b : 4; } f;
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&ma); f.a++; pthread_mutex_unlock(&ma); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&mb); f.b++; pthread_mutex_unlock(&mb);
  pthread_join(t, 0);
  return f.a + f.b;
}
