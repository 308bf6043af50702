/* TRUTH: free — the constant 0 condition never selects the assignment */
#include <pthread.h>
int x;
void *f(void *a) { (void)(0 ? (x = 1) : 0); return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
