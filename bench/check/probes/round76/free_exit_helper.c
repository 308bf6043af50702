/* TRUTH: free — f always calls die() which exits the process, so f never writes x */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
static void die(void) { exit(0); }
void *f(void *a) { die(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
