/* TRUTH: free — main calls finish() which always exit()s before main's write */
#include <pthread.h>
#include <stdlib.h>
int x;
void *f(void *a) { x = 1; return 0; }
static void finish(void) { exit(0); }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); finish(); x = 2; return 0; }
