/* TRUTH: free — a helper called before pthread_create fills cfg; threads only read cfg; main never writes it after */
#include <pthread.h>
#include <stdio.h>
int cfg[3];
static void setup(void) { cfg[0] = 1; cfg[1] = 2; cfg[2] = 3; }
void *t(void *a) { return (void *)(long)(cfg[0] + cfg[2]); }
int main(void) {
  pthread_t a, b;
  setup();
  pthread_create(&a, 0, t, 0); pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
