/* TRUTH: free — f calls quit() which always pthread_exit()s; f never writes x */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
static void quit(void) { pthread_exit(0); }
void *f(void *a) { quit(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
