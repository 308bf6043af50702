/* TRUTH: free — C11 <threads.h>: thrd_create/thrd_join and mtx_lock/mtx_unlock around every access to the shared tally */
#include <threads.h>
static mtx_t m;
static int tally[3];
static int voter(void *arg) {
    int choice = *(int *)arg;
    for (int i = 0; i < 100; i++) {
        mtx_lock(&m);
        tally[(choice + i) % 3]++;
        mtx_unlock(&m);
    }
    return 0;
}
int main(void) {
    int choices[4] = {0, 1, 2, 1};
    thrd_t t[4];
    mtx_init(&m, mtx_plain);
    for (int i = 0; i < 4; i++) thrd_create(&t[i], voter, &choices[i]);
    for (int i = 0; i < 4; i++) thrd_join(t[i], NULL);
    mtx_destroy(&m);
    return tally[0] + tally[1] + tally[2] == 400 ? 0 : 1;
}
