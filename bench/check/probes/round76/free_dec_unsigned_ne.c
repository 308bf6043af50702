/* TRUTH: free — i starts at 5 and decreases by 2 (unsigned); it never equals 0 before wrapping: 5,3,1,UINT_MAX-...odd forever */
#include <pthread.h>
int x;
void *f(void *a) { volatile unsigned sink; for (unsigned i = 5; i != 0; i -= 2) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
