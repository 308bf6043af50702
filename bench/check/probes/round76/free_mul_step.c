/* TRUTH: free — i = i * 2 keeps i at 0 forever (volatile write in body) */
#include <pthread.h>
int x;
void *f(void *a) { volatile int sink; for (int i = 0; i < 10; i = i * 2) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
