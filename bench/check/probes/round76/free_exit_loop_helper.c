/* TRUTH: free — helper loops forever calling sleep; f never returns from it */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
static void park(void) { for (;;) sleep(1); }
void *f(void *a) { park(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
