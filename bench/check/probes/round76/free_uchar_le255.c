/* TRUTH: free — unsigned char c <= 255 always true; loop never ends */
#include <pthread.h>
int x;
void *f(void *a) { volatile int sink; for (unsigned char c = 0; c <= 255; c++) sink = c; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
