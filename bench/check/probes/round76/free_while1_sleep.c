/* TRUTH: free — f loops forever (while(1) sleep), never writes x */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
void *f(void *a) { while (1) sleep(1); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
