/* TRUTH: racy — die() returns, f writes x concurrently with main */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
static void die(void) { }
void *f(void *a) { die(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
