/* TRUTH: free — never is the constant 0, so (x = 1) is never evaluated */
#include <pthread.h>
int x;
#define ENABLED 0
void *f(void *a) { (void)(ENABLED && (x = 1)); return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
