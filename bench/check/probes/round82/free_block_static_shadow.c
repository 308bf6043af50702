/* TRUTH: free — thread uses a block-scope static 'x' in an inner block, main uses the file-scope x; distinct objects */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { { static int x; x += 5; return (void *)(long)x; } }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  x = 2;
  pthread_join(th, 0); printf("%d\n", x); return 0;
}
