/* TRUTH: racy. main returns without joining; exit runs the atexit handler (writes g) while the
   worker may still be reading g. */
#include <pthread.h>
#include <stdlib.h>
int g;
static void bye(void) { g = -1; }
void *w(void *a) { (void)a; return (void *)(long)g; }
int main(void) { pthread_t t; atexit(bye); pthread_create(&t, 0, w, 0); return 0; }
