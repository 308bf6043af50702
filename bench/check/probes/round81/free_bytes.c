/* TRUTH: free — worker writes byte 0 of x, main writes byte 1 of x via char*: distinct memory locations (each char is its own location) */
#include <pthread.h>
int x;
void *w(void *p) { ((char *)&x)[0] = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  ((char *)&x)[1] = 2;
  pthread_join(t, 0);
  return x;
}
