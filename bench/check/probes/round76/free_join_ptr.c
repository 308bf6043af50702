/* TRUTH: free — join through a pointer to the handle */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
int main(void){ pthread_t t, *pt = &t; pthread_create(pt, 0, f, 0); pthread_join(*pt, 0); x = 2; return 0; }
