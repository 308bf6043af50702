/* TRUTH: race-free. Every access to audit (entries, bytes, last_uid) in the two auditor threads is made between flockfile(audit_fp) and funlockfile(audit_fp) on the same FILE, a POSIX recursive lock, so no two accesses overlap; main reads audit only after joining both threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAUD 2

struct audit_state {
    long entries;
    long bytes;
    int last_uid;
};

static struct audit_state audit;
static FILE *audit_fp;

static void audit_record(int uid, const char *what)
{
    flockfile(audit_fp);
    audit.entries++;
    audit.bytes += (long)strlen(what);
    audit.last_uid = uid;
    fprintf(audit_fp, "uid=%d %s\n", uid, what);
    funlockfile(audit_fp);
}

struct auditor {
    int uid;
    const char *action;
};

static void *auditor_thread(void *p)
{
    const struct auditor *a = p;
    flockfile(audit_fp);
    audit.entries++;
    audit.bytes += 4;
    audit.last_uid = a->uid;
    fputs("BEGIN\n", audit_fp);
    funlockfile(audit_fp);
    audit_record(a->uid, a->action);
    return NULL;
}

int main(void)
{
    static const struct auditor who[NAUD] = { { 1000, "login" }, { 1001, "logout" } };
    pthread_t t1, t2;

    audit_fp = stderr;
    if (pthread_create(&t1, NULL, auditor_thread, (void *)&who[0]) != 0) {
        perror("pthread_create");
        exit(1);
    }
    if (pthread_create(&t2, NULL, auditor_thread, (void *)&who[1]) != 0) {
        perror("pthread_create");
        exit(1);
    }
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld entries, %ld bytes, last uid %d\n", audit.entries, audit.bytes, audit.last_uid);
    return 0;
}
