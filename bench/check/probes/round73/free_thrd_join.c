/* TRUTH: free — worker writes g; main reads g only after thrd_join */
#include <threads.h>
int g;
int w(void *a){ g = 42; return 0; }
int main(void){ thrd_t t; thrd_create(&t, w, 0); thrd_join(t, 0); return g != 42; }
